// The letter's preview, from the same renderer that generates the PDF (`preview_letter`):
// the page count, the file size and the characters the font lacks always come from the
// real render.
//
// Why an HTML rendition and not the PDF itself: in the real app window (WebKitGTK, Linux)
// an <iframe> of the preview's PDF from a blob: URL stayed a blank frame, although
// `navigator.pdfViewerEnabled` reported true there; the app's CSP (`default-src 'self'`)
// also refuses blob: frames on every platform. So the preview is an HTML rendition of the
// same draft laid out like the printed page (letterhead, date, addressee, reference,
// salutation, sections, closing, signature), with the real PDF's page count and size
// beside it; "Open" on a created version shows the exact file in the PDF viewer.
import { Alert, Badge, Box, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { LetterDraft } from "../../../../bindings";
import { errorMessage, toErrorPayload } from "../../../../bridge/errors";
import { lettersApi } from "../../../../bridge/letters";
import { useShop } from "../../../../queries/settings";

function sizeText(bytes: number, lang: string): string {
  return new Intl.NumberFormat(lang === "ru" ? "ru-RU" : "en-GB", { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 }).format(
    Math.max(1, Math.round(bytes / 1024)),
  );
}

/** The draft laid out like the printed page (A4 or Letter proportions, the PDF's order). */
function HtmlRendition({ draft }: { draft: LetterDraft }) {
  const shop = useShop();
  const head = [shop?.legal_name, shop?.address, [shop?.phone, shop?.email].filter(Boolean).join(" · ")].filter(
    (l): l is string => Boolean(l && l.trim() && l.trim() !== shop?.shop_name.trim()),
  );
  const ratio = draft.paper === "letter" ? "216 / 279" : "210 / 297";
  return (
    <Box
      data-testid="letter-preview-html"
      lang={draft.language}
      style={{
        // The page's proportions as a minimum: a long letter grows downwards (no min-height
        // override, which would widen the box to keep the ratio).
        aspectRatio: ratio,
        width: "100%",
        boxSizing: "border-box",
        overflowWrap: "anywhere",
        background: "white",
        color: "#1a1a1a",
        boxShadow: "0 1px 4px rgba(0,0,0,.25)",
        padding: "8% 9%",
        fontSize: 12,
        lineHeight: 1.45,
        fontFamily: "'DejaVu Sans', 'Noto Sans', Arial, sans-serif",
      }}
    >
      <Box style={{ borderBottom: "1px solid #999", paddingBottom: 6, marginBottom: 14 }}>
        <div style={{ fontWeight: 700, fontSize: 16 }}>{shop?.shop_name}</div>
        {head.map((line) => (
          <div key={line} style={{ fontSize: 10, color: "#555" }}>
            {line}
          </div>
        ))}
      </Box>
      <div style={{ textAlign: "right", marginBottom: 10 }}>{draft.date}</div>
      <div style={{ marginBottom: 10 }}>
        {draft.addressee.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </div>
      <div style={{ fontWeight: 700, marginBottom: 10 }}>{draft.reference}</div>
      <p style={{ margin: "0 0 8px" }}>{draft.salutation}</p>
      {draft.sections.map((s, i) => (
        <div key={`${s.key}-${i}`} style={{ marginBottom: 8 }}>
          {s.heading && <div style={{ fontWeight: 700, margin: "10px 0 4px" }}>{s.heading}</div>}
          {s.text
            .split(/\n+/)
            .filter((p) => p.trim())
            .map((p, j) => (
              <p key={j} style={{ margin: "0 0 6px", whiteSpace: "pre-wrap" }}>
                {p}
              </p>
            ))}
        </div>
      ))}
      <p style={{ margin: "14px 0 18px" }}>{draft.closing}</p>
      {draft.signature.map((line, i) => (
        <div key={i} style={i === 0 ? { fontWeight: 700 } : undefined}>
          {line}
        </div>
      ))}
    </Box>
  );
}

export function LetterPreviewPane({ caseId, draft }: { caseId: string; draft: LetterDraft }) {
  const { t, i18n } = useTranslation("letters");
  const [debounced] = useDebouncedValue(draft, 500);
  const preview = useQuery({
    queryKey: ["letter-preview", caseId, debounced],
    queryFn: () => lettersApi.preview(caseId, debounced),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const data = preview.data;
  // A draft the core refuses (a line too long…) is marked in the form; here a short word.
  const invalid = preview.isError && toErrorPayload(preview.error).fields.length > 0;

  return (
    <Stack gap="xs" data-testid="letter-preview">
      <Group justify="space-between">
        <Title order={4} size="h5">
          {t("preview.title")}
        </Title>
        <Group gap="xs">
          {preview.isFetching && <Loader size="xs" />}
          {data && (
            <Badge variant="light" data-testid="letter-preview-facts">
              {t("preview.pages", { count: data.page_count })} · {sizeText(data.size_bytes, i18n.language)}
            </Badge>
          )}
        </Group>
      </Group>
      {data && data.replaced.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="letter-replaced">
          {t("preview.replaced", { chars: data.replaced.join(" ") })}
        </Alert>
      )}
      {preview.isError && (
        <Alert color={invalid ? "yellow" : "red"} variant="light" data-testid="letter-preview-error">
          {invalid ? t("preview.fixFields") : errorMessage(t, preview.error)}
        </Alert>
      )}
      <HtmlRendition draft={draft} />
      <Text size="xs" c="dimmed">
        {t("preview.htmlNote")}
      </Text>
    </Stack>
  );
}
