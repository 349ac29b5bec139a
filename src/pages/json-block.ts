/** JSON for a `<script type="application/json">` or JSON-LD block: `<` escaped so no text can end the element. */
export const jsonBlock = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
