// Lint settings: typescript-eslint's recommended rules, Prettier for layout, and DESIGN.md's dependency rule.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import {dependencyRule} from './lint/dependency-rule.js';

// What each area of source/ may import from the others (DESIGN.md, "Layout and the dependency rule", and its
// amendments). An area imports itself freely; anything not listed here fails the lint.
const layers = {
	protocol: [],
	core: ['protocol'],
	courtesy: ['protocol'],
	canned: ['protocol', 'courtesy'],
	commands: ['protocol', 'core', 'courtesy', 'canned'],
	config: ['protocol', 'courtesy', 'canned'],
	client: ['protocol', 'core'],
	server: ['protocol'],
	conformance: ['protocol'],
	widget: ['protocol'],
	demo: ['protocol', 'core', 'courtesy', 'canned', 'commands', 'config', 'client', 'server'],
	// ui draws and reads keys; the desk is put together (client, config, files) in source/cli/run-desk.tsx.
	ui: ['protocol', 'core', 'courtesy', 'canned', 'commands'],
	cli: [
		'protocol',
		'core',
		'courtesy',
		'canned',
		'commands',
		'config',
		'client',
		'server',
		'conformance',
		'demo',
		'ui',
	],
	entry: ['cli'],
};

// The pure layers: no I/O, no terminal, and time only as a value passed in.
const pure = ['source/protocol/**', 'source/core/**', 'source/courtesy/**', 'source/commands/**'];
const clockMessage = 'Time comes in as a value here (DESIGN.md: core and courtesy never touch the clock).';

export default tseslint.config(
	{ignores: ['dist/', 'node_modules/', 'test/e2e/fixtures/']},
	{linterOptions: {reportUnusedDisableDirectives: 'error'}},
	js.configs.recommended,
	...tseslint.configs.recommended,
	prettier,
	{
		languageOptions: {globals: {console: 'readonly', process: 'readonly', URL: 'readonly'}},
		plugins: {switchboard: {rules: {'dependency-rule': dependencyRule}}},
		rules: {
			'switchboard/dependency-rule': ['error', layers],
			// TypeScript already reports undefined names, with types; this rule only misfires on globals.
			'no-undef': 'off',
			// Matching terminal control characters is the point of the sanitiser and of the tests that attack it.
			'no-control-regex': 'off',
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
		},
	},
	{
		// Tests and benchmarks read raw frames off the wire and poke into them; the source keeps the rule.
		files: ['test/**', 'bench/**'],
		rules: {'@typescript-eslint/no-explicit-any': 'off'},
	},
	{
		files: pure,
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{group: ['node:*'], message: 'No I/O in the pure layers (DESIGN.md).'},
						{
							group: ['ink', 'react', 'ws', 'conf', 'meow'],
							message: 'No terminal, network or files in the pure layers.',
						},
					],
				},
			],
			'no-restricted-globals': [
				'error',
				...['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'performance'].map(name => ({
					name,
					message: clockMessage,
				})),
				{name: 'process', message: 'No environment or process state in the pure layers.'},
			],
			'no-restricted-syntax': [
				'error',
				{selector: "MemberExpression[object.name='Date'][property.name='now']", message: clockMessage},
				{selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: clockMessage},
			],
		},
	},
);
