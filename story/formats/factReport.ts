/**
 * The fact-check report formats of an export: the facts capability's report
 * (`story/facts/report.ts`: CSV, JSON, ClaimReview) fed from an export's input, so
 * the export dialog, the CLI and the facts pane write the same files.
 */
import { claimReviewJsonLd, factReport, factReportCsv, factReportJson } from '../facts/report';
import { jsonForScript } from './escape';
import type { ExportInput } from './types';

/** The identifier of a story's fact-check report: the ninjs trust indicator and the NewsML-G2 link name it. */
export const factReportUri = (storyId: string): string => `urn:uuid:${storyId}:fact-check`;

/** Where each ClaimReview points: the story (by its identifier, until it has a public address). */
export const storyUri = (storyId: string): string => `urn:uuid:${storyId}`;

export const exportFactReportCsv = ({ story, facts, sources, options }: ExportInput): string => factReportCsv(factReport(story, facts, sources, options.now));

export const exportFactReportJson = ({ story, facts, sources, options }: ExportInput): string => factReportJson(factReport(story, facts, sources, options.now));

export const exportClaimReviews = ({ story, facts }: Pick<ExportInput, 'story' | 'facts'>): Array<Record<string, unknown>> => claimReviewJsonLd(story, facts, { url: storyUri(story.id) });

/** The ClaimReviews alone, as a JSON-LD file (safe to paste into a <script> too). */
export const exportClaimReviewFile = (input: ExportInput): string => `${jsonForScript(exportClaimReviews(input))}\n`;
