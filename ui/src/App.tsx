// Providers shared by the app and the tests: theme, data cache, translations, date pickers.
import type { ReactNode } from "react";
import { MantineProvider } from "@mantine/core";
import { DatesProvider } from "@mantine/dates";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { I18nextProvider, useTranslation } from "react-i18next";
import i18n from "./i18n";
import { theme } from "./theme";

function LocalisedDates({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  return <DatesProvider settings={{ locale: instance.language, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

export function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={client}>
          <LocalisedDates>
            <Notifications position="top-right" />
            {children}
          </LocalisedDates>
        </QueryClientProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}
