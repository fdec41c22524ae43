// One page of cases. A row opens its case; the number is also a link for the keyboard.
// The rows are plain elements, and the status and overdue tags look like StatusBadge and
// OverdueBadge without being them (see CaseTable.module.css): the list is the start screen.
// The columns have fixed widths, so they stay put when rows arrive: the start screen's
// first frame draws a window's height of rows and the rest of the page a frame later, and
// a table laid out by its content would move its columns then (and from page to page).
import { Table } from "@mantine/core";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import type { CaseListItem } from "../../../bindings";
import { STATUS_COLORS } from "../../../components/StatusBadge";
import { categoryLabel, formatAge, formatDateTime } from "../../../lib/format";
import { useShop } from "../../../queries/settings";
import { useFirstScreenShown } from "../../../startup/painted";
import classes from "./CaseTable.module.css";

/** A label looked up once per page: a page repeats the same few statuses and categories. */
function labelCache(): (key: string, make: () => string) => string {
  const labels = new Map<string, string>();
  return (key, make) => {
    let label = labels.get(key);
    if (label === undefined) {
      label = make();
      labels.set(key, label);
    }
    return label;
  };
}

/** Rows in the app's first frame: a window's height of them. */
const FIRST_FRAME_ROWS = 15;

export function CaseTable({ items }: { items: CaseListItem[] }) {
  const { t, i18n } = useTranslation("cases");
  const navigate = useNavigate();
  const shop = useShop();
  const now = new Date();
  const label = labelCache();
  const open = (id: string) => navigate(`/cases/${id}`);
  // The start screen's table draws a window's height of rows until that screen is on view,
  // then the rest of its page: rows nobody can see yet were about half the start screen's
  // build, style and layout time. Its rows' titles (the received time in the shop's time
  // zone) wait too: the first time-zone formatter loads ICU's time-zone data, ~10 ms of that
  // frame. Every later table draws its page whole at once.
  const firstFrame = !useFirstScreenShown();
  const rows = firstFrame ? items.slice(0, FIRST_FRAME_ROWS) : items;

  return (
    <Table highlightOnHover verticalSpacing="xs" layout="fixed">
      <colgroup>
        <col className={classes.numberColumn} />
        <col />
        <col />
        <col className={classes.statusColumn} />
        <col className={classes.ageColumn} />
      </colgroup>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("list.columns.number")}</Table.Th>
          <Table.Th>{t("list.columns.customer")}</Table.Th>
          <Table.Th>{t("list.columns.category")}</Table.Th>
          <Table.Th>{t("list.columns.status")}</Table.Th>
          <Table.Th>{t("list.columns.age")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((item) => (
          <tr
            key={item.id}
            className={classes.row}
            data-testid="case-row"
            data-number={item.number}
            onClick={() => open(item.id)}
          >
            <td className={classes.nowrap}>
              {/* A plain link to the hash route (a router Link per row costs as much as the
                  rest of the row); the click navigates as Link would. */}
              <a
                href={`#/cases/${item.id}`}
                className={`mantine-focus-auto ${classes.number}`}
                onClick={(event) => {
                  event.preventDefault();
                  event.stopPropagation();
                  open(item.id);
                }}
              >
                {item.number}
              </a>
            </td>
            <td>
              <p className={classes.customer}>{item.customer_name}</p>
              {item.product && <p className={classes.product}>{item.product}</p>}
            </td>
            <td>
              <p className={classes.text}>
                {label(`category:${item.category.id}`, () => categoryLabel(item.category, t))}
              </p>
            </td>
            <td>
              {/* The overdue tag sits under the status: a column of its own stood empty on
                  most rows and took the width the customer and category need. */}
              <div className={classes.tags}>
                <span className={classes.tag} data-color={STATUS_COLORS[item.status]} data-status={item.status}>
                  {label(`status:${item.status}`, () => t(`common:status.${item.status}`))}
                </span>
                {item.overdue && (
                  <span className={classes.overdue} data-testid="overdue">
                    {label("overdue", () => t("common:overdue"))}
                  </span>
                )}
              </div>
            </td>
            <td>
              <p
                className={classes.text}
                title={firstFrame ? undefined : formatDateTime(item.received_at, i18n.language, shop?.time_zone)}
              >
                {formatAge(item.received_at, t, now)}
              </p>
            </td>
          </tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
