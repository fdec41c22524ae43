// "Forget this customer" cannot be undone, so it says exactly what is erased and what
// stays, and needs an explicit tick before the button works.
import { useState } from "react";
import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ErrorPayload } from "../../../bindings";
import { errorMessage } from "../../../bridge/errors";

interface Props {
  opened: boolean;
  name: string;
  forgetting: boolean;
  error: ErrorPayload | null;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ForgetCustomerModal(props: Props) {
  const { t } = useTranslation("safety");
  const close = () => !props.forgetting && props.onCancel();
  return (
    <Modal opened={props.opened} onClose={close} title={t("forget.title", { name: props.name })} size="lg">
      {/* The body unmounts when the modal closes, so the tick never carries over. */}
      <ForgetBody {...props} close={close} />
    </Modal>
  );
}

function ForgetBody({ forgetting, error, onConfirm, close }: Props & { close: () => void }) {
  const { t } = useTranslation("safety");
  const [understood, setUnderstood] = useState(false);
  return (
      <Stack gap="sm" data-testid="forget-confirm">
        <Text size="sm" fw={500}>
          {t("forget.erasedTitle")}
        </Text>
        <List size="sm">
          <List.Item>{t("forget.erasedContact")}</List.Item>
          <List.Item>{t("forget.erasedCases")}</List.Item>
        </List>
        <Text size="sm" fw={500}>
          {t("forget.keptTitle")}
        </Text>
        <Text size="sm">{t("forget.kept")}</Text>
        <Alert color="yellow">{t("forget.exportFirst")}</Alert>
        <Checkbox
          label={t("forget.understand")}
          checked={understood}
          onChange={(event) => setUnderstood(event.currentTarget.checked)}
          data-testid="forget-understand"
        />
        {error && (
          <Alert color="red" data-testid="forget-error">
            {errorMessage(t, error)}
          </Alert>
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={close} disabled={forgetting} data-autofocus>
            {t("common:actions.cancel")}
          </Button>
          <Button color="red" onClick={onConfirm} disabled={!understood} loading={forgetting} data-testid="forget-confirm-button">
            {t("forget.confirm")}
          </Button>
        </Group>
      </Stack>
  );
}
