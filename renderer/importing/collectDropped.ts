/** A file to upload, with the path it is reported under (relative to what was dropped or picked). */
export interface PickedFile {
  file: File;
  path: string;
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry, into: PickedFile[]): Promise<void> {
  if (entry.name.startsWith('.')) return;
  if (entry.isFile) {
    into.push({ file: await fileOf(entry as FileSystemFileEntry), path: entry.fullPath.replace(/^\//, '') });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // A folder's entries arrive in batches until an empty one.
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) children.push(...batch);
  children.sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
  for (const child of children) await walk(child, into);
}

/**
 * The files of a drop, folders walked (hidden files left out). The entries must be taken
 * during the drop event itself; the walk may finish later.
 */
export function collectDropped(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry()).filter((entry): entry is FileSystemEntry => entry !== null);
  const loose = entries.length === 0 ? [...transfer.files] : [];
  return (async () => {
    const files: PickedFile[] = loose.map((file) => ({ file, path: file.name }));
    for (const entry of entries) await walk(entry, files);
    return files;
  })();
}

/** Files from an <input type="file"> (with webkitdirectory, their paths inside the chosen folder). */
export function filesFromInput(list: FileList): PickedFile[] {
  return [...list]
    .filter((file) => !(file.webkitRelativePath || file.name).split('/').some((part) => part.startsWith('.')))
    .map((file) => ({ file, path: file.webkitRelativePath || file.name }));
}
