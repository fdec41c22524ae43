// Asks before unsaved input is lost: on navigation inside the app (router blocker) and on
// closing the window (Tauri's close request). Any form can use it.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button, Group, Modal, Text } from "@mantine/core";
import { useBlocker } from "react-router";
import { useTranslation } from "react-i18next";
import { closeWindowNow, onWindowCloseRequested } from "../lib/tauriWindow";

export interface UnsavedGuard {
  /** The confirmation dialog; render it once inside the form's screen. */
  modal: ReactNode;
  /** Call right before leaving on purpose (e.g. after saving), so no question is asked. */
  allowLeave: () => void;
}

export function useUnsavedGuard(dirty: boolean): UnsavedGuard {
  const { t } = useTranslation();
  // Refs, because the blocker and the window listener are called outside React's render.
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const allowed = useRef(false);
  const [askingForWindow, setAskingForWindow] = useState(false);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(
    () =>
      onWindowCloseRequested((event) => {
        if (dirtyRef.current && !allowed.current) {
          event.preventDefault();
          setAskingForWindow(true);
        }
      }),
    [],
  );

  const stay = () => {
    setAskingForWindow(false);
    if (blocker.state === "blocked") blocker.reset();
  };
  const leave = () => {
    allowed.current = true;
    if (askingForWindow) {
      setAskingForWindow(false);
      void closeWindowNow();
    }
    if (blocker.state === "blocked") blocker.proceed();
  };

  const modal = (
    <Modal opened={blocker.state === "blocked" || askingForWindow} onClose={stay} title={t("unsaved.title")} centered>
      <Text mb="lg">{t("unsaved.body")}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={stay} data-autofocus>
          {t("unsaved.stay")}
        </Button>
        <Button color="red" onClick={leave} data-testid="unsaved-leave">
          {t("unsaved.leave")}
        </Button>
      </Group>
    </Modal>
  );

  return { modal, allowLeave: () => (allowed.current = true) };
}
