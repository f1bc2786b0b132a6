import type { Transport } from '../api/transport';
import { valueStore } from './valueStore';

/**
 * Whether assistive technology (a screen reader) is in use, as Electron reports it (browser mode
 * cannot know: never). The editor renders long stories whole while it is.
 */
export const assistiveTechnology = valueStore(false);

/** Keep the store current from the transport's reports; call before the app renders (a report comes as the page loads). */
export function followAssistiveTechnology(transport: Transport): void {
  transport.on.assistiveTechnology(({ active }) => assistiveTechnology.publish(active));
}
