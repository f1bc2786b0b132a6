import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../electron/main/menu';
import type { MenuCommand } from '../../../electron/api/contract';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('the File and View menus', () => {
  it('saves a version on Cmd/Ctrl+S, imports through the native dialog, and opens backups, details and versions', () => {
    const sent: MenuCommand[] = [];
    const imports: string[] = [];
    const all = items(menuTemplate({ platform: 'linux', isPackaged: true, send: (command) => sent.push(command), importFrom: (kind) => imports.push(kind) }));
    const click = (label: string) => (all.find((item) => item.label === label)!.click as () => void)();
    expect(all.find((item) => item.label === 'Save Version')).toMatchObject({ accelerator: 'CmdOrCtrl+S' });
    expect(all.find((item) => item.label === 'Import Files…')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+O' });
    click('Save Version');
    click('Import Files…');
    click('Import Folder…');
    click('Backups…');
    click('Story Details');
    click('Versions');
    expect(sent).toEqual(['saveNow', 'showBackups', 'toggleStoryDetails', 'showVersions']);
    expect(imports).toEqual(['files', 'folder']);
  });
});
