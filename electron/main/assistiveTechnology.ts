/** The part of Electron's `app` this reads (a fake stands in for it in tests). */
export interface AccessibilityApp {
  isAccessibilitySupportEnabled(): boolean;
  on(event: 'accessibility-support-changed', listener: (event: unknown, enabled: boolean) => void): unknown;
}

export interface AssistiveTechnologyReport {
  active: boolean;
}

/**
 * Tells the windows whether assistive technology (a screen reader) is in use: each window once
 * its page has loaded (`reportTo`), and every window whenever it changes (`sendToAll`). The editor
 * then renders long stories whole: the text its render window leaves unrendered is out of the
 * accessibility tree too.
 */
export function watchAssistiveTechnology(app: AccessibilityApp, sendToAll: (report: AssistiveTechnologyReport) => void): { reportTo(send: (report: AssistiveTechnologyReport) => void): void } {
  app.on('accessibility-support-changed', (_event, enabled) => sendToAll({ active: enabled }));
  return { reportTo: (send) => send({ active: app.isAccessibilitySupportEnabled() }) };
}
