// The people of the shop, chosen on cases as "staff involved" and "handled by".
import { useState } from "react";
import { Alert, Button, Center, Loader, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Staff } from "../../bindings";
import { errorMessage } from "../../bridge/errors";
import { PageHeader } from "../../components/PageHeader";
import { useCreateStaff, useSetStaffActive, useStaff, useUpdateStaff } from "../../queries/settings";
import { StaffEmpty } from "./StaffEmpty";
import { StaffFormModal } from "./StaffFormModal";
import { StaffTable } from "./StaffTable";

/** Closed, adding someone, or editing the given person. */
type Dialog = { open: false } | { open: true; staff: Staff | null };

export function StaffScreen() {
  const { t } = useTranslation("staff");
  // Former staff are listed too: the owner may need to bring someone back.
  const list = useStaff(true);
  const create = useCreateStaff();
  const update = useUpdateStaff();
  const setActive = useSetStaffActive();
  const [dialog, setDialog] = useState<Dialog>({ open: false });
  const [busyId, setBusyId] = useState<string | null>(null);

  const editing = dialog.open ? dialog.staff : null;
  const close = () => setDialog({ open: false });

  const changeActive = async (person: Staff, active: boolean) => {
    setBusyId(person.id);
    try {
      await setActive.mutateAsync({ id: person.id, active });
      notifications.show({
        color: "teal",
        message: active ? t("notify.reactivated", { name: person.name }) : t("notify.deactivated", { name: person.name }),
      });
    } catch (err) {
      notifications.show({ color: "red", title: t("errors:title"), message: errorMessage(t, err) });
    } finally {
      setBusyId(null);
    }
  };

  const body = () => {
    if (list.isPending) {
      return (
        <Center py="xl">
          <Loader aria-label={t("common:loading")} />
        </Center>
      );
    }
    if (list.isError) return <Alert color="red">{errorMessage(t, list.error)}</Alert>;
    if (list.data.length === 0) return <StaffEmpty />;
    return (
      <StaffTable
        staff={list.data}
        busyId={busyId}
        onEdit={(person) => setDialog({ open: true, staff: person })}
        onSetActive={(person, active) => void changeActive(person, active)}
      />
    );
  };

  return (
    <>
      <PageHeader title={t("title")}>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ open: true, staff: null })} data-testid="staff-add">
          {t("add")}
        </Button>
      </PageHeader>
      <Stack gap="md" maw={960}>
        <Text c="dimmed" size="sm">
          {t("intro")}
        </Text>
        {body()}
      </Stack>
      <StaffFormModal
        opened={dialog.open}
        staff={editing}
        onClose={close}
        save={(input) => (editing ? update.mutateAsync({ id: editing.id, input }) : create.mutateAsync(input))}
        onSaved={(saved) => {
          close();
          notifications.show({
            color: "teal",
            message: editing ? t("notify.updated", { name: saved.name }) : t("notify.added", { name: saved.name }),
          });
        }}
      />
    </>
  );
}
