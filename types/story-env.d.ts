// The story program type-checks without DOM or Node, but both browsers and Node have TextDecoder
// (the plain-text importer decodes bytes with it). Only tsconfig.story.json includes this file.
interface TextDecoder {
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
declare var TextDecoder: { new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder };
