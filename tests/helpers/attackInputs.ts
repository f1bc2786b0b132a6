import crypto from 'node:crypto';

/** What the attacks aim at: a library with one confidential story and what hangs off it. */
export interface SeededLibrary {
  /** Words only the library holds: any response carrying them leaked the library. */
  secret: string;
  storyId: string;
  version: number;
  factId: string;
  sourceId: string;
  spareSourceId: string;
  entityId: string;
}

type Call = (method: string, input: unknown) => Promise<unknown>;

export async function seedLibrary(call: Call): Promise<SeededLibrary> {
  const secret = `Whistleblower ${crypto.randomUUID()}`;
  const story = (await call('createStory', {
    headline: `Leak inquiry: ${secret}`,
    dek: 'Not for anyone outside the desk.',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `The source, ${secret}, said the ministry knew.` }] }] },
  })) as { id: string; version: number };
  const source = (await call('createSource', { kind: 'interview', title: 'Confidential source', person: secret, onRecord: false })) as { id: string };
  const spare = (await call('createSource', { kind: 'web', title: 'Ministry statement', url: 'https://example.com/statement' })) as { id: string };
  const fact = (await call('createFact', { storyId: story.id, kind: 'claim', text: 'the ministry knew', sourceIds: [source.id] })) as { id: string };
  const entity = (await call('createEntity', { kind: 'person', name: 'Alex Example', aliases: ['A. Example'] })) as { id: string };
  await call('updateSettings', { checkerName: 'Night desk' });
  await call('dismissSuggestion', { storyId: story.id, key: 'seeded-suggestion' });
  return { secret, storyId: story.id, version: story.version, factId: fact.id, sourceId: source.id, spareSourceId: spare.id, entityId: entity.id };
}

/**
 * For each method an input that passes its schema and, were it let through,
 * would change or read the seeded library. Methods not named here (added
 * later) are still attacked, with `{}`. Names of methods another branch adds
 * are listed too, so they are potent once merged.
 */
export function attackInputs(seed: SeededLibrary): Record<string, unknown> {
  const { storyId, factId, sourceId, spareSourceId, entityId } = seed;
  const jobId = crypto.randomUUID();
  return {
    // Writes.
    createStory: { headline: 'Planted by an attacker' },
    saveStory: { id: storyId, baseVersion: seed.version, changes: { headline: 'Defaced', body: { type: 'doc', content: [{ type: 'paragraph' }] } } },
    updateSettings: { checkerName: 'attacker', exportFileNamePattern: 'pwned-{slug}' },
    cancelJob: { jobId },
    startExport: { scope: { all: true }, formats: ['html'], destination: { kind: 'download' } },
    chooseExportFolder: {},
    createExportFolder: { parent: '/tmp', name: 'planted-by-attacker' },
    createFact: { storyId, kind: 'claim', text: 'planted claim' },
    updateFact: { factId, status: 'false', note: 'attacker' },
    attachSource: { factId, sourceId: spareSourceId },
    detachSource: { factId, sourceId },
    discardFact: { factId },
    dismissSuggestion: { storyId, key: 'planted' },
    restoreSuggestion: { storyId, key: 'seeded-suggestion' },
    overrideExportGate: { storyId, action: 'ready', note: 'attacker' },
    createSource: { kind: 'web', title: 'Planted source' },
    addDocumentSource: { fileName: 'planted.txt', dataBase64: Buffer.from('planted').toString('base64') },
    updateSource: { id: sourceId, title: 'Defaced' },
    deleteSource: { id: spareSourceId },
    createEntity: { kind: 'person', name: 'Planted Person' },
    updateEntity: { id: entityId, name: 'Defaced Person' },
    deleteEntity: { id: entityId },
    markSpellingCorrect: { kind: 'person', spelling: 'Alex Exampel' },
    trashStories: { ids: [storyId] },
    restoreStories: { ids: [storyId] },
    emptyTrash: { confirm: true },
    backupNow: {},
    restoreBackup: { file: 'backup-20260101T000000000Z-manual.sqlite' },
    startFreshLibrary: { confirm: true },
    beginImport: { fileCount: 1 },
    importChunk: { jobId, fileIndex: 0, path: 'planted.txt', chunkIndex: 0, chunkCount: 1, dataBase64: Buffer.from('Planted\n\nBody').toString('base64') },
    finishImport: { jobId },
    createSavedSearch: { name: 'planted' },
    renameSavedSearch: { id: 1, name: 'renamed' },
    deleteSavedSearch: { id: 1 },
    saveVersion: { id: storyId, note: 'attacker' },
    restoreRevision: { revisionId: 1 },
    setStoryStatus: { id: storyId, status: 'published', note: 'attacker' },
    recordCorrection: { id: storyId, note: 'attacker' },
    updateStoryDetails: { id: storyId, changes: { section: 'Defaced' } },
    // Reads: what a page that got through would take.
    getStory: { id: storyId },
    listStoryEvents: { id: storyId },
    listFacts: { storyId },
    getFact: { factId },
    getSourcePage: { id: sourceId },
    searchSources: { query: 'source' },
    checkExportGate: { storyId },
    getFactReport: { storyId, format: 'json' },
    checkConsistency: { storyId },
    listDismissedSuggestions: { storyId },
    renderPrintView: { id: storyId },
    planExport: { scope: { all: true }, formats: ['html'], destination: { kind: 'download' } },
    getExportResult: { jobId },
    listExportFolders: {},
    importPastedHtml: { html: '<p>x</p>' },
    getStoryWorkflow: { id: storyId },
    listRevisions: { id: storyId },
    getRevision: { revisionId: 1 },
    suggestRelated: { id: storyId },
  };
}

/** The input an attack on `method` carries. */
export function attackInputFor(inputs: Record<string, unknown>, method: string): unknown {
  return Object.hasOwn(inputs, method) ? inputs[method] : {};
}
