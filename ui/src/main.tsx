import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@mantine/core/styles.css";
import "@mantine/dates/styles.css";
import "@mantine/notifications/styles.css";
import "@mantine/charts/styles.css";
import "./global.css";
import { Providers } from "./App";
import { Boot } from "./shell/Boot";
import { createQueryClient } from "./queries/client";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Providers client={createQueryClient()}>
        <Boot />
      </Providers>
    </StrictMode>,
  );
}
