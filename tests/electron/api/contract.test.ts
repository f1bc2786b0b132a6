import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, type MethodName } from '../../../electron/api/contract';
import { openTestCore } from '../../helpers/testCore';

const UUID = '6f1c2a4e-3b5d-4c7e-9f10-2a3b4c5d6e7f';
const DOC = { type: 'doc', content: [{ type: 'paragraph' }] };

/** For every method: inputs that must be refused, and a word the error must name. */
const MALFORMED: Record<MethodName, Array<[input: unknown, mentions: string]>> = {
  getLibraryInfo: [
    ['not an object', 'input'],
    [{ surprise: true }, 'surprise'],
    [null, 'input'],
  ],
  listStories: [
    [{ limit: 0 }, 'limit'],
    [{ limit: 5000 }, 'limit'],
    [{ limit: 1.5 }, 'limit'],
    [{ offset: -1 }, 'offset'],
    [{ limit: '10' }, 'limit'],
    [{ sort: 'headline; DROP TABLE stories' }, 'sort'],
  ],
  getStory: [
    [{}, 'id'],
    [{ id: 'not-a-uuid' }, 'id'],
    [{ id: 42 }, 'id'],
    [[], 'input'],
  ],
  listStoryEvents: [
    [{}, 'id'],
    [{ id: 'x' }, 'id'],
  ],
  createStory: [
    [{ headline: 7 }, 'headline'],
    [{ headline: 'x'.repeat(501) }, 'headline'],
    [{ body: { type: 'paragraph' } }, 'body'],
    [{ body: 'text' }, 'body'],
    [{ dateline: { place: 'Kyiv', date: '12 February' } }, 'dateline.date'],
    [{ status: 'published' }, 'status'],
    [{ id: UUID }, 'id'],
    [{ slug: 'Harbour Ferry!' }, 'slug'],
    [{ urgency: 10 }, 'urgency'],
    [{ urgency: 0 }, 'urgency'],
    [{ language: 'English please' }, 'language'],
    [{ embargo: 'tomorrow morning' }, 'embargo'],
    [{ keywords: 'ferry' }, 'keywords'],
    [{ authors: ['x'.repeat(201)] }, 'authors.0'],
    [{ related: [{ headline: 'Read this', url: 'javascript:alert(1)' }] }, 'related.0.url'],
    [{ headlineVariants: { seo: 'only seo' } }, 'headlineVariants.social'],
  ],
  getSettings: [
    [{ checkerName: 'x' }, 'checkerName'],
    ['all', 'input'],
  ],
  updateSettings: [
    [{ trashRetentionDays: 0 }, 'trashRetentionDays'],
    [{ teaserTimeStyle: 'sundial' }, 'teaserTimeStyle'],
    [{ exportFileNamePattern: '../{slug}' }, 'exportFileNamePattern'],
    [{ commentPrompt: 'x'.repeat(301) }, 'commentPrompt'],
    [{ headlineTarget: 'seventy' }, 'headlineTarget'],
    [{ integrityCheckDays: 0 }, 'integrityCheckDays'],
    [{ theme: 'dark' }, 'theme'],
  ],
  importPastedHtml: [
    [{}, 'html'],
    [{ html: '' }, 'html'],
    [{ html: 42 }, 'html'],
    [{ html: '<p>x</p>', url: 'https://example.com' }, 'url'],
  ],
  cancelJob: [
    [{}, 'jobId'],
    [{ jobId: 'import-1' }, 'jobId'],
  ],
  queryLibrary: [
    [{ scope: 'everything' }, 'scope'],
    [{ text: 42 }, 'text'],
    [{ text: 'x'.repeat(501) }, 'text'],
    [{ sort: 'headline; DROP TABLE stories' }, 'sort'],
    [{ limit: 0 }, 'limit'],
    [{ limit: 501 }, 'limit'],
    [{ offset: -1 }, 'offset'],
    [{ filters: { statuses: ['lost'] } }, 'filters.statuses.0'],
    [{ filters: { from: 'last week' } }, 'filters.from'],
    [{ filters: { owner: 'me' } }, 'owner'],
    [{ filters: { embargoed: 'yes' } }, 'filters.embargoed'],
    [{ filters: { unverifiedFacts: 1 } }, 'filters.unverifiedFacts'],
  ],
  getLibraryFacets: [[{ all: true }, 'all']],
  suggestRelated: [
    [{}, 'id'],
    [{ id: UUID, limit: 500 }, 'limit'],
  ],
  listSavedSearches: [[{ id: 1 }, 'id']],
  createSavedSearch: [
    [{ text: 'ferry' }, 'name'],
    [{ name: '   ', text: 'ferry' }, 'name'],
    [{ name: 'x'.repeat(81) }, 'name'],
    [{ name: 'Ferries', sort: 'random' }, 'sort'],
  ],
  renameSavedSearch: [
    [{ id: 0, name: 'x' }, 'id'],
    [{ id: 1, name: '' }, 'name'],
  ],
  deleteSavedSearch: [
    [{}, 'id'],
    [{ id: 'one' }, 'id'],
  ],
  getStoryWorkflow: [[{ id: 'x' }, 'id']],
  setStoryStatus: [
    [{ id: UUID, status: 'lost' }, 'status'],
    [{ id: UUID }, 'status'],
    [{ id: UUID, status: 'ready', note: 'x'.repeat(2001) }, 'note'],
  ],
  recordCorrection: [
    [{ id: UUID }, 'note'],
    [{ id: UUID, note: '   ' }, 'note'],
  ],
  updateStoryDetails: [
    [{ id: UUID, changes: { urgency: 12 } }, 'changes.urgency'],
    [{ id: UUID, changes: { body: DOC } }, 'body'],
    [{ id: UUID, changes: { headline: 'Not a detail' } }, 'headline'],
    [{ id: UUID, changes: { embargo: 'soon' } }, 'changes.embargo'],
    [{ id: UUID, changes: { language: 'English' } }, 'changes.language'],
    [{ id: UUID }, 'changes'],
  ],
  saveVersion: [
    [{}, 'id'],
    [{ id: UUID, note: 'x'.repeat(501) }, 'note'],
  ],
  listRevisions: [[{ id: 7 }, 'id']],
  getRevision: [
    [{ revisionId: 0 }, 'revisionId'],
    [{ revisionId: '3' }, 'revisionId'],
  ],
  restoreRevision: [[{}, 'revisionId']],
  trashStories: [
    [{ ids: [] }, 'ids'],
    [{ ids: ['x'] }, 'ids.0'],
    [{ id: UUID }, 'ids'],
  ],
  restoreStories: [[{ ids: 'all' }, 'ids']],
  emptyTrash: [
    [{}, 'confirm'],
    [{ confirm: 'yes' }, 'confirm'],
  ],
  listBackups: [[{ folder: '/tmp' }, 'folder']],
  backupNow: [[{ to: '/tmp/x' }, 'to']],
  checkLibraryNow: [
    [{ quick: false }, 'quick'],
    ['now', 'input'],
  ],
  restoreBackup: [
    [{}, 'file'],
    [{ file: '../../etc/passwd' }, 'file'],
    [{ file: '/tmp/backup-20260101T000000000Z-manual.sqlite' }, 'file'],
  ],
  getRecoveryState: [['now', 'input']],
  startFreshLibrary: [[{}, 'confirm']],
  beginImport: [
    [{}, 'fileCount'],
    [{ fileCount: 0 }, 'fileCount'],
  ],
  importChunk: [
    [{ jobId: UUID, fileIndex: 0, path: 'a.txt', chunkIndex: 0, chunkCount: 1 }, 'dataBase64'],
    [{ jobId: UUID, fileIndex: 0, path: 'a.txt', chunkIndex: 0, chunkCount: 1, dataBase64: 'not base64!' }, 'dataBase64'],
    [{ jobId: 'x', fileIndex: 0, path: 'a.txt', chunkIndex: 0, chunkCount: 1, dataBase64: '' }, 'jobId'],
    [{ jobId: UUID, fileIndex: -1, path: 'a.txt', chunkIndex: 0, chunkCount: 1, dataBase64: '' }, 'fileIndex'],
    [{ jobId: UUID, fileIndex: 0, path: '', chunkIndex: 0, chunkCount: 1, dataBase64: '' }, 'path'],
  ],
  finishImport: [[{ jobId: 7 }, 'jobId']],
  getExportCapabilities: [[{ pdf: true }, 'pdf']],
  planExport: [
    [{ scope: {}, formats: ['html'], destination: { kind: 'download' } }, 'scope'],
    [{ scope: { all: true }, formats: [], destination: { kind: 'download' } }, 'formats'],
    [{ scope: { all: true }, formats: ['rtf'], destination: { kind: 'download' } }, 'formats.0'],
    [{ scope: { storyIds: ['x'] }, formats: ['html'], destination: { kind: 'download' } }, 'scope.storyIds.0'],
    [{ scope: { all: true }, formats: ['html'], destination: { kind: 'ftp', path: '/' } }, 'destination'],
  ],
  startExport: [
    [{ scope: { status: 'lost' }, formats: ['html'], destination: { kind: 'download' } }, 'scope.status'],
    [{ scope: { all: true }, formats: ['html'], destination: { kind: 'folder', path: '' } }, 'destination.path'],
    [{ scope: { all: true }, formats: ['html'], destination: { kind: 'download' }, onExisting: 'overwrite-silently' }, 'onExisting'],
    [{ scope: { all: true }, formats: ['html'], destination: { kind: 'download' }, final: true, override: { reason: '' } }, 'override.reason'],
    [{ scope: { query: '   ' }, formats: ['html'], destination: { kind: 'download' } }, 'scope.query'],
  ],
  getExportResult: [
    [{}, 'jobId'],
    [{ jobId: 'export-1' }, 'jobId'],
  ],
  chooseExportFolder: [[{ path: '/etc' }, 'path']],
  listExportFolders: [
    [{ path: 42 }, 'path'],
    [{ path: '' }, 'path'],
  ],
  createExportFolder: [
    [{ parent: '/home', name: '' }, 'name'],
    [{ name: 'exports' }, 'parent'],
  ],
  renderPrintView: [
    [{}, 'id'],
    [{ id: 'story' }, 'id'],
  ],
  listFacts: [
    [{}, 'storyId'],
    [{ storyId: 'x' }, 'storyId'],
  ],
  getFact: [[{ factId: 7 }, 'factId']],
  createFact: [
    [{ storyId: UUID, kind: 'rumour', text: 'x' }, 'kind'],
    [{ storyId: UUID, kind: 'claim', text: '   ' }, 'text'],
    [{ storyId: UUID, kind: 'claim' }, 'text'],
    [{ storyId: UUID, kind: 'claim', text: 'x', sourceIds: ['nope'] }, 'sourceIds.0'],
    [{ storyId: UUID, kind: 'date', text: 'Friday', meta: { resolvedDate: 'next Friday' } }, 'meta.resolvedDate'],
    [{ storyId: UUID, kind: 'claim', text: 'x', status: 'verified' }, 'status'],
  ],
  updateFact: [
    [{ factId: UUID }, 'input'],
    [{ factId: UUID, status: 'true' }, 'status'],
    [{ factId: UUID, note: 'x'.repeat(5001) }, 'note'],
  ],
  attachSource: [[{ factId: UUID }, 'sourceId']],
  detachSource: [[{ factId: 'x', sourceId: UUID }, 'factId']],
  discardFact: [[{}, 'factId']],
  listDismissedSuggestions: [[{ storyId: null }, 'storyId']],
  dismissSuggestion: [
    [{ storyId: UUID }, 'key'],
    [{ storyId: UUID, key: '' }, 'key'],
  ],
  restoreSuggestion: [[{ storyId: UUID, key: 'k'.repeat(2001) }, 'key']],
  listStoriesWithOpenFacts: [[{ storyId: UUID }, 'storyId']],
  checkExportGate: [[{ storyId: 'draft' }, 'storyId']],
  overrideExportGate: [
    [{ storyId: UUID, action: 'export', note: '   ' }, 'note'],
    [{ storyId: UUID, action: 'publish', note: 'editor approved' }, 'action'],
    [{ storyId: UUID, action: 'ready' }, 'note'],
  ],
  getFactReport: [
    [{ storyId: UUID, format: 'xlsx' }, 'format'],
    [{ storyId: UUID, format: 'claimreview', url: 'javascript:alert(1)' }, 'url'],
  ],
  checkConsistency: [
    [{ storyId: UUID, mentions: { names: [{ kind: 'animal', name: 'Rex' }], quotes: [], figures: [] } }, 'mentions.names.0.kind'],
    [{ storyId: UUID, mentions: { names: [] } }, 'mentions.quotes'],
  ],
  createSource: [
    [{ kind: 'document', title: 'Report' }, 'kind'],
    [{ kind: 'web', title: '' }, 'title'],
    [{ kind: 'web', title: 'Page', url: 'file:///etc/passwd' }, 'url'],
    [{ kind: 'interview', title: 'Call', interviewedAt: 'last Tuesday' }, 'interviewedAt'],
    [{ kind: 'interview', title: 'Call', onRecord: 'yes' }, 'onRecord'],
  ],
  addDocumentSource: [
    [{ fileName: 'a.pdf' }, 'dataBase64'],
    [{ fileName: 'a.pdf', dataBase64: 'not base64!' }, 'dataBase64'],
    [{ fileName: '', dataBase64: 'aGk=' }, 'fileName'],
  ],
  updateSource: [
    [{ id: UUID, title: '' }, 'title'],
    [{ id: UUID, kind: 'rumour' }, 'kind'],
    [{ id: UUID, sha256: 'abc' }, 'sha256'],
  ],
  searchSources: [[{ limit: 0 }, 'limit']],
  getSourcePage: [[{ id: 'x' }, 'id']],
  deleteSource: [[{}, 'id']],
  listEntities: [[{ kind: 'animal' }, 'kind']],
  createEntity: [
    [{ kind: 'person', name: ' ' }, 'name'],
    [{ kind: 'person', name: 'Ana', titles: [{ title: 'Mayor', from: '2024-01-01', to: '2023-01-01' }] }, 'titles.0'],
  ],
  updateEntity: [
    [{ id: UUID, removeTitles: ['x'] }, 'removeTitles.0'],
    [{ id: 'x' }, 'id'],
  ],
  deleteEntity: [[{ id: 3 }, 'id']],
  markSpellingCorrect: [
    [{ kind: 'person' }, 'spelling'],
    [{ kind: 'thing', spelling: 'X' }, 'kind'],
  ],
  saveStory: [
    [{ id: UUID, changes: {} }, 'baseVersion'],
    [{ id: UUID, baseVersion: 0, changes: {} }, 'baseVersion'],
    [{ id: 'x', baseVersion: 1, changes: {} }, 'id'],
    [{ id: UUID, baseVersion: 1 }, 'changes'],
    [{ id: UUID, baseVersion: 1, changes: { status: 'lost' } }, 'changes.status'],
    [{ id: UUID, baseVersion: 1, changes: { body: DOC, version: 9 } }, 'version'],
    [{ id: UUID, baseVersion: 1, changes: { dek: 'x'.repeat(2001) } }, 'changes.dek'],
  ],
};

let core: ReturnType<typeof openTestCore>;
beforeAll(() => {
  core = openTestCore();
});
afterAll(() => core.dispose());

describe('API contract validation', () => {
  it('has malformed-input cases for every method', () => {
    expect(Object.keys(MALFORMED).toSorted()).toEqual([...METHOD_NAMES].toSorted());
  });

  for (const method of METHOD_NAMES) {
    for (const [input, mentions] of MALFORMED[method]) {
      it(`${method} refuses ${JSON.stringify(input)?.slice(0, 60)}`, async () => {
        const response = await core.dispatch(method, input);
        expect(response.ok).toBe(false);
        if (response.ok) return;
        expect(response.error.code).toBe('invalid_input');
        expect(response.error.message).toContain(method);
        expect(response.error.message).toContain(mentions);
      });
    }
  }

  it('refuses an unknown method by name, and never reaches a service', async () => {
    const response = await core.dispatch('dropLibrary', {});
    expect(response).toEqual({ ok: false, error: { code: 'unknown_method', message: 'There is no API method named "dropLibrary".' } });
    const proto = await core.dispatch('__proto__', {});
    expect(proto.ok).toBe(false);
  });

  it('refuses a body that is not a valid story document, naming the problem', async () => {
    const response = await core.dispatch('createStory', { body: { type: 'doc', content: [{ type: 'marquee' }] } });
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error.message).toMatch(/not a valid document.*marquee/);
  });
});
