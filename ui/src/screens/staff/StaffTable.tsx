// Everyone who works or worked at the shop. Former staff stay listed (greyed) because past
// cases name them; they are only left out of the choices for new cases.
import { Badge, Button, Group, Table, Text, VisuallyHidden } from "@mantine/core";
import { IconPencil, IconUserCheck, IconUserOff } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Staff } from "../../bindings";

interface Props {
  staff: Staff[];
  onEdit: (person: Staff) => void;
  onSetActive: (person: Staff, active: boolean) => void;
  /** The id whose activity change is being saved. */
  busyId: string | null;
}

export function StaffTable({ staff, onEdit, onSetActive, busyId }: Props) {
  const { t } = useTranslation("staff");
  return (
    <Table verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("columns.name")}</Table.Th>
          <Table.Th>{t("columns.role")}</Table.Th>
          <Table.Th>{t("columns.status")}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t("columns.actions")}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {staff.map((person) => (
          <Table.Tr key={person.id} data-testid="staff-row" data-active={person.active}>
            <Table.Td>
              <Text size="sm" fw={500} c={person.active ? undefined : "dimmed"}>
                {person.name}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" c={person.active ? undefined : "dimmed"}>
                {person.role ?? t("common:notSet")}
              </Text>
            </Table.Td>
            <Table.Td>
              <Badge color={person.active ? "teal" : "gray"}>
                {person.active ? t("status.active") : t("status.former")}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Group gap="xs" justify="flex-end" wrap="nowrap">
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconPencil size={14} />}
                  onClick={() => onEdit(person)}
                  aria-label={t("actions.editNamed", { name: person.name })}
                  data-testid="staff-edit"
                >
                  {t("common:actions.edit")}
                </Button>
                {person.active ? (
                  <Button
                    variant="subtle"
                    color="gray"
                    size="xs"
                    leftSection={<IconUserOff size={14} />}
                    loading={busyId === person.id}
                    onClick={() => onSetActive(person, false)}
                    aria-label={t("actions.deactivateNamed", { name: person.name })}
                    data-testid="staff-deactivate"
                  >
                    {t("actions.deactivate")}
                  </Button>
                ) : (
                  <Button
                    variant="subtle"
                    size="xs"
                    leftSection={<IconUserCheck size={14} />}
                    loading={busyId === person.id}
                    onClick={() => onSetActive(person, true)}
                    aria-label={t("actions.reactivateNamed", { name: person.name })}
                    data-testid="staff-reactivate"
                  >
                    {t("actions.reactivate")}
                  </Button>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
