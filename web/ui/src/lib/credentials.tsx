// The credential form of a source's credential type, rendered from the
// catalog (sources { credentialTypes { fields } }): secret fields are
// masked, required ones marked, patterns checked before anything is sent.
import { useState } from 'preact/hooks';
import { Field } from './ui';

/** A credential field as the catalog describes it. */
export interface CredentialFieldSpec {
  name: string;
  label: string;
  secret: boolean;
  required: boolean;
  pattern?: string | null;
}

/** A credential type as the catalog describes it. */
export interface CredentialTypeSpec {
  key: string;
  name: string;
  requiresPlatformApp: boolean;
  fields: CredentialFieldSpec[];
}

/** A platform app one may pick for a type that requires one. */
export interface AppChoice {
  id: string;
  name: string;
}

/**
 * check returns, by field name, what is wrong with the values: a required
 * field left empty, or a value that does not have the field's form.
 */
export function check(fields: CredentialFieldSpec[], values: Record<string, string>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const f of fields) {
    const v = values[f.name] ?? '';
    if (v === '') {
      if (f.required) problems[f.name] = `${f.label} is required.`;
      continue;
    }
    if (f.pattern && !matches(f.pattern, v)) {
      problems[f.name] = `${f.label} does not have the expected form.`;
    }
  }
  return problems;
}

// matches reports whether the whole of value matches pattern; a pattern
// this browser cannot read is left to the server.
function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u').test(value);
  } catch {
    return true;
  }
}

/** credentialsOf returns the non-empty values, as createAccount takes them. */
export function credentialsOf(fields: CredentialFieldSpec[], values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const v = values[f.name];
    if (v) out[f.name] = v;
  }
  return out;
}

/** CredentialFields renders the inputs of one credential type. */
export function CredentialFields(props: {
  type: CredentialTypeSpec;
  values: Record<string, string>;
  problems: Record<string, string>;
  onInput: (name: string, value: string) => void;
}) {
  return (
    <>
      {props.type.fields.map((f) => (
        <Field key={f.name} label={f.label + (f.required ? '' : ' (optional)')} hint={props.problems[f.name]}>
          {(id, hintId) => (
            <input
              id={id}
              name={f.name}
              type={f.secret ? 'password' : 'text'}
              autocomplete="off"
              spellcheck={false}
              required={f.required}
              aria-invalid={props.problems[f.name] ? 'true' : undefined}
              aria-describedby={hintId}
              value={props.values[f.name] ?? ''}
              onInput={(e) => props.onInput(f.name, (e.target as HTMLInputElement).value)}
            />
          )}
        </Field>
      ))}
    </>
  );
}

/** useCredentialForm keeps a credential form's values and problems. */
export function useCredentialForm() {
  const [values, setValues] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  return {
    values,
    problems,
    setProblems,
    onInput: (name: string, value: string) => {
      setValues((v) => ({ ...v, [name]: value }));
      setProblems((p) => {
        const { [name]: _, ...rest } = p;
        return rest;
      });
    },
    reset: () => {
      setValues({});
      setProblems({});
    },
  };
}
