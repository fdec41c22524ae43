// One leave guard for the whole Settings screen. A router consults only its newest blocker,
// so two forms with a guard each (profile, targets) would leave one unguarded; instead each
// form reports whether it has unsaved changes and the screen asks once for all of them.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { useUnsavedGuard } from "../../components/useUnsavedGuard";

type Report = (key: string, dirty: boolean) => void;

const DirtyContext = createContext<Report | null>(null);

/** Tells the screen's guard whether this form has unsaved changes. */
export function useReportDirty(key: string, dirty: boolean): void {
  const report = useContext(DirtyContext);
  useEffect(() => report?.(key, dirty), [report, key, dirty]);
  useEffect(() => () => report?.(key, false), [report, key]);
}

export function SettingsGuard({ children }: { children: ReactNode }) {
  const [dirty, setDirty] = useState<Record<string, boolean>>({});
  const report = useCallback<Report>(
    (key, value) => setDirty((prev) => (prev[key] === value ? prev : { ...prev, [key]: value })),
    [],
  );
  const guard = useUnsavedGuard(Object.values(dirty).some(Boolean));
  return (
    <DirtyContext.Provider value={report}>
      {guard.modal}
      {children}
    </DirtyContext.Provider>
  );
}
