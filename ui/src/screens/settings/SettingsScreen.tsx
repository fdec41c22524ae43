// The shop's settings in seven tabs. The open tab is kept in the address (?tab=…), so going
// back returns to it; switching tabs never loses what is typed in another one.
import { Tabs } from "@mantine/core";
import { IconBuildingStore, IconCategory, IconClockCheck, IconDatabase, IconInfoCircle, IconMessage2, IconPhoto } from "@tabler/icons-react";
import { useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/PageHeader";
import { AboutSection } from "./about/AboutSection";
import { CategoriesSection } from "./categories/CategoriesSection";
import { DataSection } from "./data/DataSection";
import { LogoSection } from "./logo/LogoSection";
import { PhrasesSection } from "./phrases/PhrasesSection";
import { ProfileSection } from "./profile/ProfileSection";
import { TargetsSection } from "./targets/TargetsSection";
import { SettingsGuard } from "./unsaved";

const TABS = ["profile", "targets", "logo", "categories", "phrases", "data", "about"] as const;
type Tab = (typeof TABS)[number];

function isTab(value: string | null): value is Tab {
  return TABS.includes(value as Tab);
}

export function SettingsScreen() {
  const { t } = useTranslation("settings");
  const [params, setParams] = useSearchParams();
  const requested = params.get("tab");
  const tab: Tab = isTab(requested) ? requested : "profile";

  return (
    <SettingsGuard>
      <PageHeader title={t("title")} />
      <Tabs
        value={tab}
        onChange={(next) => isTab(next) && setParams({ tab: next }, { replace: true })}
        // Hidden with CSS rather than React's Activity, so the profile form's leave guard
        // keeps watching while another tab is open. One guard (SettingsGuard)
        // asks for every form on the screen.
        keepMountedMode="display-none"
        maw={960}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="profile" leftSection={<IconBuildingStore size={16} />} data-testid="settings-tab-profile">
            {t("tabs.profile")}
          </Tabs.Tab>
          <Tabs.Tab value="targets" leftSection={<IconClockCheck size={16} />} data-testid="settings-tab-targets">
            {t("tabs.targets")}
          </Tabs.Tab>
          <Tabs.Tab value="logo" leftSection={<IconPhoto size={16} />} data-testid="settings-tab-logo">
            {t("tabs.logo")}
          </Tabs.Tab>
          <Tabs.Tab value="categories" leftSection={<IconCategory size={16} />} data-testid="settings-tab-categories">
            {t("tabs.categories")}
          </Tabs.Tab>
          <Tabs.Tab value="phrases" leftSection={<IconMessage2 size={16} />} data-testid="settings-tab-phrases">
            {t("letters:phrases.tab")}
          </Tabs.Tab>
          <Tabs.Tab value="data" leftSection={<IconDatabase size={16} />} data-testid="settings-tab-data">
            {t("tabs.data")}
          </Tabs.Tab>
          <Tabs.Tab value="about" leftSection={<IconInfoCircle size={16} />} data-testid="settings-tab-about">
            {t("tabs.about")}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile">
          <ProfileSection />
        </Tabs.Panel>
        <Tabs.Panel value="targets">
          <TargetsSection />
        </Tabs.Panel>
        <Tabs.Panel value="logo">
          <LogoSection />
        </Tabs.Panel>
        <Tabs.Panel value="categories">
          <CategoriesSection />
        </Tabs.Panel>
        <Tabs.Panel value="phrases">
          <PhrasesSection />
        </Tabs.Panel>
        <Tabs.Panel value="data">
          <DataSection />
        </Tabs.Panel>
        <Tabs.Panel value="about">
          <AboutSection />
        </Tabs.Panel>
      </Tabs>
    </SettingsGuard>
  );
}
