// How answers become reflections is the stored model's (core/selfcheck/reflect.ts).
export {
  reflect,
  type Answers,
  type Reflection,
  type ShownLevel,
  type SignReflection,
} from '@steady/core';
