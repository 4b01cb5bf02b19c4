// What reading one customer's script carries along: where problems go, how deep the expects nest, how many steps so far.
import type {Reader} from './node-reader.js';

export type ScriptContext = {
	reader: Reader;
	/** Expects this step sits inside (0 at the top of the script). */
	depth: number;
	/** Steps read so far in this script, nested ones included, against SCENARIO_LIMITS.scriptSteps. */
	counted: {steps: number; reported: boolean};
};
