/** Registers `<signpost-red-flag-quiz>` and the hotline card its result step shows. */
import '../hotline-card/define.js';
import {define} from '../../internal/define.js';
import {SignpostRedFlagQuiz} from './red-flag-quiz.js';

define('signpost-red-flag-quiz', SignpostRedFlagQuiz);

export {SignpostRedFlagQuiz};
