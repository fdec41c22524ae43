import { NavLink as MantineNavLink, Stack } from "@mantine/core";
import { IconInbox, IconSettings, IconUserHeart, IconUsersGroup } from "@tabler/icons-react";
import { NavLink, useLocation } from "react-router";
import { useTranslation } from "react-i18next";

const ITEMS = [
  { to: "/cases", key: "cases", Icon: IconInbox },
  { to: "/customers", key: "customers", Icon: IconUserHeart },
  { to: "/staff", key: "staff", Icon: IconUsersGroup },
  { to: "/settings", key: "settings", Icon: IconSettings },
] as const;

export function Nav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack gap={4} component="nav" aria-label={t("nav.label")}>
      {ITEMS.map(({ to, key, Icon }) => (
        <MantineNavLink
          key={key}
          component={NavLink}
          to={to}
          label={t(`nav.${key}`)}
          leftSection={<Icon size={18} stroke={1.6} />}
          active={pathname === to || pathname.startsWith(`${to}/`)}
          data-testid={`nav-${key}`}
          variant="light"
        />
      ))}
    </Stack>
  );
}
