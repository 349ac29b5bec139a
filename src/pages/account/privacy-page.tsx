/**
 * The privacy notice in plain English and Hindi (DPDP Act 2023): what is stored, why, for how
 * long, how to export and delete it, and whom to write to. Keep both languages saying the same.
 */
export const GRIEVANCE_EMAIL = 'privacy@careerpath.invalid';

export function PrivacyPage() {
  return (
    <article class="narrow prose">
      <h1>Your data and privacy</h1>
      <section aria-labelledby="privacy-en">
        <h2 id="privacy-en">In English</h2>
        <h3>What we store</h3>
        <ul>
          <li>Without an account: nothing. Careers you save and steps you tick stay in your browser on this device.</li>
          <li>
            With an account: your email, a scrambled form of your password (never the password itself), your year of birth, your role, the careers you save, the
            status of each plan step, your log-in sessions and a list of what you did with your account (signed up, logged in, exported).
          </li>
          <li>If you are under 18: your parent’s or guardian’s email, and when they agreed.</li>
          <li>The matcher’s answers are worked out when you ask and are not stored.</li>
        </ul>
        <h3>What we never do</h3>
        <ul>
          <li>No advertising, no analytics, no tracking cookies, no selling or sharing of your data, for anyone. For anyone under 18 this is also the law.</li>
          <li>One cookie only: the log-in cookie, which we need to know it is you.</li>
        </ul>
        <h3>How long</h3>
        <p>Until you delete your account. Log-in sessions end after 30 days. Records of failed log-ins are kept for 15 minutes, to stop password guessing.</p>
        <h3>Export and delete</h3>
        <p>
          On <a href="/me">My careers</a> you can download everything we hold about you as one file, or delete your account. Deleting removes every record about
          you at once; it cannot be undone.
        </p>
        <h3>Questions or complaints</h3>
        <p>
          Write to our grievance officer at <a href={`mailto:${GRIEVANCE_EMAIL}`}>{GRIEVANCE_EMAIL}</a>. We answer within 30 days. You may also complain to the
          Data Protection Board of India.
        </p>
      </section>
      <section aria-labelledby="privacy-hi" lang="hi">
        <h2 id="privacy-hi">हिंदी में</h2>
        <h3>हम क्या रखते हैं</h3>
        <ul>
          <li>बिना खाते के: कुछ भी नहीं। आप जो करियर सहेजते हैं और जो कदम पूरे करते हैं, वे इसी डिवाइस के ब्राउज़र में रहते हैं।</li>
          <li>
            खाते के साथ: आपका ईमेल, आपके पासवर्ड का बदला हुआ रूप (पासवर्ड खुद कभी नहीं), जन्म का वर्ष, आपकी भूमिका, सहेजे गए करियर, योजना के हर कदम की स्थिति, लॉग-इन सत्र और आपने
            खाते से क्या किया (साइन-अप, लॉग-इन, डेटा डाउनलोड)।
          </li>
          <li>अगर आपकी उम्र 18 साल से कम है: आपके माता-पिता या अभिभावक का ईमेल और उन्होंने कब सहमति दी।</li>
          <li>मिलान (match) के जवाब उसी समय बनते हैं और सहेजे नहीं जाते।</li>
        </ul>
        <h3>हम क्या कभी नहीं करते</h3>
        <ul>
          <li>कोई विज्ञापन नहीं, कोई एनालिटिक्स नहीं, कोई ट्रैकिंग कुकी नहीं, आपका डेटा किसी को बेचा या दिया नहीं जाता। 18 साल से कम उम्र वालों के लिए यह कानून भी है।</li>
          <li>केवल एक कुकी: लॉग-इन की कुकी, ताकि हम जानें कि यह आप हैं।</li>
        </ul>
        <h3>कब तक</h3>
        <p>जब तक आप अपना खाता न हटाएँ। लॉग-इन सत्र 30 दिन में खत्म हो जाते हैं। गलत लॉग-इन के रिकॉर्ड 15 मिनट रखे जाते हैं, ताकि कोई पासवर्ड का अंदाज़ा न लगा सके।</p>
        <h3>डाउनलोड करें और हटाएँ</h3>
        <p>
          <a href="/me">मेरे करियर</a> पेज पर आप हमारे पास रखी अपनी पूरी जानकारी एक फ़ाइल में डाउनलोड कर सकते हैं, या अपना खाता हटा सकते हैं। हटाने से आपके बारे में हर रिकॉर्ड एक
          साथ मिट जाता है; इसे वापस नहीं लाया जा सकता।
        </p>
        <h3>सवाल या शिकायत</h3>
        <p>
          हमारे शिकायत अधिकारी को <a href={`mailto:${GRIEVANCE_EMAIL}`}>{GRIEVANCE_EMAIL}</a> पर लिखें। हम 30 दिन में जवाब देते हैं। आप भारत के डेटा संरक्षण बोर्ड (Data
          Protection Board of India) में भी शिकायत कर सकते हैं।
        </p>
      </section>
    </article>
  );
}
