// The frame around every screen: the app name on top and the sections on the left.
import { AppShell, Group, Text, ThemeIcon } from "@mantine/core";
import { IconMessageHeart } from "@tabler/icons-react";
import { Outlet, ScrollRestoration, useLocation } from "react-router";
import { useTranslation } from "react-i18next";
import { useShop } from "../queries/settings";
import { useWindowTitle } from "../lib/windowTitle";
import { Nav } from "./Nav";
import classes from "./Layout.module.css";

const SECTIONS = ["today", "cases", "customers", "improvements", "staff", "settings"];

export function Layout() {
  const { t } = useTranslation();
  const shop = useShop();
  // The window's title names the section shown: "Amends — Cases".
  const section = useLocation().pathname.split("/")[1] ?? "";
  useWindowTitle(SECTIONS.includes(section) ? t(`nav.${section}`) : null);
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" size="md" aria-hidden>
            <IconMessageHeart size={18} />
          </ThemeIcon>
          <Text fw={600}>{t("app.name")}</Text>
          {shop && (
            <Text c="dimmed" size="sm" truncate>
              {shop.shop_name}
            </Text>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppShell.Section grow className={classes.navScroll}>
          <Nav />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        {/* A new screen starts at the top; back returns to where it was. Keyed by path, so
            a filter or tab kept in the address does not move the page; a form (new, edit)
            is keyed by visit, so a second new case starts at the top, not where the first
            one's Save button was. */}
        <ScrollRestoration getKey={(location) => (/\/(new|edit)$/.test(location.pathname) ? location.key : location.pathname)} />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
