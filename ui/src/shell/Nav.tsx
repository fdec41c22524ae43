import { Badge, NavLink as MantineNavLink, Stack } from "@mantine/core";
import { IconBulb, IconCalendarDue, IconChartBar, IconInbox, IconSettings, IconUserHeart, IconUsersGroup } from "@tabler/icons-react";
import { NavLink, useLocation } from "react-router";
import { useTranslation } from "react-i18next";
import { useTodayCounts } from "../queries/today";
import { useFirstScreenShown } from "../startup/painted";

// Today first: what needs doing now. The case list stays the start page ("/").
const ITEMS = [
  { to: "/today", key: "today", Icon: IconCalendarDue },
  { to: "/cases", key: "cases", Icon: IconInbox },
  { to: "/customers", key: "customers", Icon: IconUserHeart },
  { to: "/improvements", key: "improvements", Icon: IconBulb },
  { to: "/review", key: "review", Icon: IconChartBar },
  { to: "/staff", key: "staff", Icon: IconUsersGroup },
  { to: "/settings", key: "settings", Icon: IconSettings },
] as const;

/** How many cases are overdue, next to Today; nothing while there are none. */
function OverdueCount() {
  const { t } = useTranslation();
  // Asked once the first screen is on view: the count is not worth holding up the start
  // screen. The counts, not Today's list, which stops at 200 cases.
  const shown = useFirstScreenShown();
  const count = useTodayCounts(shown).data?.overdue ?? 0;
  if (count === 0) return null;
  return (
    <Badge color="red" variant="filled" size="sm" circle={count < 10} aria-label={t("nav.overdueCount", { count })} data-testid="nav-today-overdue">
      {count}
    </Badge>
  );
}

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
          label={key === "review" ? t("review:nav") : t(`nav.${key}`)}
          leftSection={<Icon size={18} stroke={1.6} />}
          rightSection={key === "today" ? <OverdueCount /> : undefined}
          active={pathname === to || pathname.startsWith(`${to}/`)}
          data-testid={`nav-${key}`}
          variant="light"
        />
      ))}
    </Stack>
  );
}
