import { describe, expect, it } from 'vitest';
import { watchAssistiveTechnology, type AccessibilityApp, type AssistiveTechnologyReport } from '../../../electron/main/assistiveTechnology';

/** Stands in for Electron's `app` (no Electron binary here): its accessibility support, switched by the test. */
class FakeAccessibilityApp implements AccessibilityApp {
  enabled = false;
  private listeners: Array<(event: unknown, enabled: boolean) => void> = [];
  isAccessibilitySupportEnabled(): boolean {
    return this.enabled;
  }
  on(_event: 'accessibility-support-changed', listener: (event: unknown, enabled: boolean) => void): this {
    this.listeners.push(listener);
    return this;
  }
  /** A screen reader starts or stops, as Chromium detects it. */
  switchTo(enabled: boolean): void {
    this.enabled = enabled;
    this.listeners.forEach((listener) => listener({}, enabled));
  }
}

describe('telling the windows about assistive technology', () => {
  it('a window that loads is told whether a screen reader is in use now', () => {
    const app = new FakeAccessibilityApp();
    const watch = watchAssistiveTechnology(app, () => undefined);
    const told: AssistiveTechnologyReport[] = [];
    watch.reportTo((report) => told.push(report));
    app.enabled = true;
    watch.reportTo((report) => told.push(report));
    expect(told).toEqual([{ active: false }, { active: true }]);
  });

  it('every window is told when a screen reader starts or stops', () => {
    const app = new FakeAccessibilityApp();
    const toAll: AssistiveTechnologyReport[] = [];
    watchAssistiveTechnology(app, (report) => toAll.push(report));
    app.switchTo(true);
    app.switchTo(false);
    expect(toAll).toEqual([{ active: true }, { active: false }]);
  });
});
