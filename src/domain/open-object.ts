// Answers of the API are described by the fields clients rely on; the rest passes through unchanged (serializing
// with a closed object would silently drop fields a client reads). `any` for the rest, not `unknown`: TypeScript lets
// an interface (a repository row, a use case's result) fit `{ [k: string]: any }` but not `{ [k: string]: unknown }`.
import { z } from 'zod';

export function openObject<T extends z.ZodRawShape>(shape: T) {
  return z.object(shape).catchall(z.any());
}
