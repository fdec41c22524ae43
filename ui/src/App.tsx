// Providers shared by the app and the tests: theme, data cache, translations, date pickers.
import type { ReactNode } from "react";
import { MantineProvider } from "@mantine/core";
import { DatesProvider } from "@mantine/dates";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { I18nextProvider, useTranslation } from "react-i18next";
import i18n from "./i18n";
import { useFirstScreenShown } from "./startup/painted";
import { useRestStyles } from "./styles/rest";
import { theme } from "./theme";

function LocalisedDates({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  return <DatesProvider settings={{ locale: instance.language, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

/** The toasts, mounted once the first screen is on view: nothing is shown before, and
 *  Mantine's containers and transitions for them cost about 60 ms of the start screen's
 *  first frame (measured on the 2-core VM). They also wait for the rest of the styles,
 *  without asking for them: loading them at once would restyle the whole page in the
 *  frames right after the first one. A toast asked for earlier waits in Mantine's store and
 *  shows when they mount. */
function LateNotifications() {
  const shown = useFirstScreenShown();
  const styled = useRestStyles({ ask: false });
  return shown && styled ? <Notifications position="top-right" /> : null;
}

export function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  // The theme's CSS variables and Mantine's global classes come from a stylesheet made
  // ahead (styles/themeVariables.css, checked against this theme by its test) rather than
  // being worked out and injected on every start: ~20 ms of the start screen's first frame
  // on the 2-core VM, and one restyle of the page less.
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" withCssVariables={false} withGlobalClasses={false}>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={client}>
          <LocalisedDates>
            <LateNotifications />
            {children}
          </LocalisedDates>
        </QueryClientProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}
