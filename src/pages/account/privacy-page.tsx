/**
 * The privacy notice in the page's language (DPDP Act 2023): what is stored, why, for how
 * long, how to export and delete it, and whom to write to. The words are in privacy.messages.ts.
 */
import { useHref, useMessages } from '../locale-context.tsx';
import { Fill } from '../mixed-language.tsx';
import { privacyMessages } from './privacy.messages.ts';

export const GRIEVANCE_EMAIL = 'privacy@careerpath.invalid';

const List = ({ items }: { items: readonly string[] }) => (
  <ul>
    {items.map((item) => (
      <li>{item}</li>
    ))}
  </ul>
);

export function PrivacyPage() {
  const m = useMessages(privacyMessages);
  const href = useHref();
  return (
    <article class="narrow prose">
      <h1>{m.heading}</h1>
      <h2>{m.storeHeading}</h2>
      <List items={m.store} />
      <h2>{m.neverHeading}</h2>
      <List items={m.never} />
      <h2>{m.howLongHeading}</h2>
      <p>{m.howLong}</p>
      <h2>{m.exportHeading}</h2>
      <p>
        <Fill text={m.exportText}>
          <a href={href('/me')}>{m.myCareers}</a>
        </Fill>
      </p>
      <h2>{m.questionsHeading}</h2>
      <p>
        <Fill text={m.questions}>
          <a href={`mailto:${GRIEVANCE_EMAIL}`}>{GRIEVANCE_EMAIL}</a>
        </Fill>
      </p>
    </article>
  );
}
