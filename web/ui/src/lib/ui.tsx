// Small building blocks both faces share: a modal dialog, an error box, a
// labelled field and the page's settings.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { ApiError } from './api';

/** The settings the server renders into #app's data-config attribute. */
export interface PageConfig {
  introspection?: boolean;
  /** Origins whose pages may frame the widget and talk to it. */
  origins?: string[];
  /** Hosted OAuth's callback, which platform apps register; absent when it is off. */
  oauthCallback?: string;
}

/** pageConfig reads the page's settings (the pages have no inline script). */
export function pageConfig(): PageConfig {
  try {
    return JSON.parse(document.getElementById('app')?.dataset.config ?? '{}') as PageConfig;
  } catch {
    return {};
  }
}

/**
 * Dialog is a modal dialog: the rest of the page is inert while it is open,
 * focus stays inside it, and Escape closes it.
 */
export function Dialog(props: { title: string; onClose: () => void; children: ComponentChildren; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      class={props.wide ? 'wide' : undefined}
      aria-labelledby={id}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <header class="dialog-head">
        <h2 id={id}>{props.title}</h2>
        <button type="button" class="icon" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
      </header>
      {props.children}
    </dialog>
  );
}

/** ErrorView shows an API error with its code and message, and its field reasons. */
export function ErrorView({ error }: { error: unknown }) {
  if (!error) return null;
  const api = error instanceof ApiError ? error : undefined;
  const entries = api?.errors.length ? api.errors : [{ message: String((error as Error)?.message ?? error), extensions: { code: 'ERROR' } }];
  return (
    <div class="error" role="alert">
      {entries.map((e, i) => {
        // Field reasons the message does not already say.
        const extra = (e.extensions?.fields ?? []).filter((f) => !e.message.includes(f.message));
        return (
          <div key={i}>
            <code class="code">{e.extensions?.code ?? 'UNKNOWN'}</code> {e.message}
            {extra.length ? (
              <ul>
                {extra.map((f) => (
                  <li key={f.field}>
                    <code>{f.field}</code>: {f.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

/** Field is a labelled form control with an optional hint. */
export function Field(props: { label: string; hint?: string; children: (id: string, hintId?: string) => ComponentChildren }) {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : undefined;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.children(id, hintId)}
      {props.hint ? (
        <small id={hintId} class="hint">
          {props.hint}
        </small>
      ) : null}
    </div>
  );
}

/** when formats an RFC 3339 instant for people, or a dash. */
export function when(t: string | null | undefined): string {
  if (!t) return '—';
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? t : d.toLocaleString();
}

/** copy puts text on the clipboard and reports whether it could. */
export async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
