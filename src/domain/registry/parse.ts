// Parse a command input with its schema; zod's issues become one DomainError('invalid-input') whose issues name
// every offending field path (the project's one parseOrThrow).
import { parseOrThrow } from '../validation.ts';
import { COMMAND_SCHEMAS, type CommandName, type RegistryCommand } from './commands.ts';

export function parseCommand<N extends CommandName>(name: N, input: unknown): RegistryCommand & { name: N } {
  return { name, input: parseOrThrow(COMMAND_SCHEMAS[name], input) } as RegistryCommand & { name: N };
}
