import type { FastifySchemaCompiler } from "fastify";
import type { z } from "zod";

// Fastify validates each route's body and query before the handler runs; with this compiler
// the schemas are zod schemas (Fastify "Validation and Serialization": setValidatorCompiler),
// so the service checks a batch with exactly the schema the add-in built it with.

export class ValidationFailure extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join("; "));
  }
}

const MAX_ISSUES = 10;

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema }) => (data: unknown) => {
  const parsed = schema.safeParse(data);
  if (parsed.success) return { value: parsed.data };
  const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: i.path.map(String).join(".") || "(body)", message: i.message }));
  return { error: new ValidationFailure(issues) };
};
