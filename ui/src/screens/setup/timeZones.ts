// The IANA time zones this system knows, for a searchable select.
export function timeZoneOptions(ensure: string): { value: string; label: string }[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    zones = [];
  }
  // Some engines leave out "UTC" or a legacy alias the OS reports: keep the suggested one.
  if (ensure && !zones.includes(ensure)) zones = [ensure, ...zones];
  return zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") }));
}
