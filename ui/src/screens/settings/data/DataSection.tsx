// Settings → Data: copies of everything, and putting a copy back.
import { Stack } from "@mantine/core";
import { BackupNowCard } from "./BackupNowCard";
import { RestoreCard } from "./RestoreCard";

export function DataSection() {
  return (
    <Stack gap="md" data-testid="settings-data">
      <BackupNowCard />
      <RestoreCard />
    </Stack>
  );
}
