// A form's submission on the admin pages: busy while the request runs, the server's message kept
// beside the form on failure (the input stays), a success toast and a follow-up otherwise.
import { App } from 'antd';
import { useState } from 'react';

export function useSubmit() {
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (action: () => Promise<unknown>, done: string, after?: () => void) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      void message.success(done);
      after?.();
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, submit, clearError: () => setError(null) };
}
