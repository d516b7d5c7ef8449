import exampleIndex from '../../content/nl/examples.json' with { type: 'json' };

/**
 * The actions that have practice examples (the same in every language). Built, this file gets only
 * the action ids of content/nl/examples.json (rollup.config.js, `exampleActions`), so the list
 * knows where to offer "Zo deden anderen het" before the examples themselves are loaded.
 */
const withExamples = new Set(exampleIndex.examples.flatMap((example) => example.actions));

export const hasExamples = (actionId: string): boolean => withExamples.has(actionId);
