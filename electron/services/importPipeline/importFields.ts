import { storyChanges } from '../../api/methods/stories';
import { blankStoryFields, type StoryFields } from '../../../story/model';
import type { ImportedStory } from '../../../story/import/types';

const FIELD_NAMES: Readonly<Record<string, string>> = {
  headlineVariants: 'headline variants',
  editorsNote: "editor's note",
  usageTerms: 'usage terms',
};

/**
 * An importer's fields made safe to store: checked against the same rules as a save
 * (a field that breaks them is left out, with a warning naming it), an embargo that has
 * already lifted dropped, the status always "draft".
 */
export function fieldsForImport(imported: ImportedStory, now: Date): { fields: StoryFields; warnings: string[] } {
  const warnings = [...imported.warnings];
  const { status: _status, body, ...rest } = imported.fields as Partial<StoryFields> & { body: StoryFields['body'] };
  const candidate: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  let checked: Partial<StoryFields> = {};
  for (let attempt = 0; attempt < 5; attempt++) {
    const parsed = storyChanges.safeParse(candidate);
    if (parsed.success) {
      checked = parsed.data as Partial<StoryFields>;
      break;
    }
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) delete candidate[key];
        continue;
      }
      const key = String(issue.path[0] ?? '');
      if (!(key in candidate)) continue;
      warnings.push(`The file's ${FIELD_NAMES[key] ?? key} was left out: ${issue.message.replace(/^Invalid input: /, '')}.`);
      delete candidate[key];
    }
  }
  const fields: StoryFields = { ...blankStoryFields(body), ...checked, body, status: 'draft' };
  if (fields.embargo) {
    const at = new Date(fields.embargo);
    if (at.getTime() <= now.getTime()) {
      warnings.push(`The file's embargo (${fields.embargo}) has already lifted; it was left out.`);
      fields.embargo = null;
    } else fields.embargo = at.toISOString();
  }
  if (imported.needsHeadline) warnings.push('The file has no headline; the story needs one.');
  return { fields, warnings };
}
