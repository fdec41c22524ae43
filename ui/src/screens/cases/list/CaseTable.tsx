// One page of cases. A row opens its case; the number is also a link for the keyboard.
// The rows are plain elements (see CaseTable.module.css): the list is the start screen.
import { Table } from "@mantine/core";
import { Link, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import type { CaseListItem } from "../../../bindings";
import { OverdueBadge } from "../../../components/OverdueBadge";
import { StatusBadge } from "../../../components/StatusBadge";
import { categoryLabel, formatAge, formatDateTime } from "../../../lib/format";
import { useShop } from "../../../queries/settings";
import classes from "./CaseTable.module.css";

export function CaseTable({ items }: { items: CaseListItem[] }) {
  const { t, i18n } = useTranslation("cases");
  const navigate = useNavigate();
  const shop = useShop();
  const now = new Date();

  return (
    <Table highlightOnHover verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("list.columns.number")}</Table.Th>
          <Table.Th>{t("list.columns.customer")}</Table.Th>
          <Table.Th>{t("list.columns.category")}</Table.Th>
          <Table.Th>{t("list.columns.status")}</Table.Th>
          <Table.Th>{t("list.columns.age")}</Table.Th>
          <Table.Th aria-label={t("common:overdue")} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <tr
            key={item.id}
            className={classes.row}
            data-testid="case-row"
            data-number={item.number}
            onClick={() => navigate(`/cases/${item.id}`)}
          >
            <td className={classes.nowrap}>
              <Link
                to={`/cases/${item.id}`}
                className={`mantine-focus-auto ${classes.number}`}
                onClick={(event) => event.stopPropagation()}
              >
                {item.number}
              </Link>
            </td>
            <td>
              <p className={classes.customer}>{item.customer_name}</p>
              {item.product && <p className={classes.product}>{item.product}</p>}
            </td>
            <td>
              <p className={classes.text}>{categoryLabel(item.category, t)}</p>
            </td>
            <td className={classes.nowrap}>
              <StatusBadge status={item.status} />
            </td>
            <td>
              <p className={classes.text} title={formatDateTime(item.received_at, i18n.language, shop?.time_zone)}>
                {formatAge(item.received_at, t, now)}
              </p>
            </td>
            <td className={classes.nowrap}>{item.overdue && <OverdueBadge />}</td>
          </tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
