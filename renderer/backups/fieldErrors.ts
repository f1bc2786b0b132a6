/**
 * The server's invalid-input message ("updateSettings: backupsKept must be at least 1; …")
 * split by field: each named field's own words, to show next to it. Parts naming no field
 * asked for are kept under "" so nothing the server said is dropped.
 */
export function fieldErrors(message: string, fields: readonly string[]): Record<string, string> {
  const body = message.replace(/^\w+: /, '');
  const errors: Record<string, string> = {};
  for (const part of body.split('; ')) {
    const field = fields.find((name) => part.startsWith(`${name} `));
    const key = field ?? '';
    const words = field ? part.slice(field.length + 1) : part;
    errors[key] = errors[key] ? `${errors[key]}; ${words}` : words;
  }
  return errors;
}
