// Native file pickers (tauri-plugin-dialog). The webview cannot browse the disk itself, so
// every chosen path comes from here and goes back to the core as a string.
import { open, save } from "@tauri-apps/plugin-dialog";

/** A folder the user chose, or null if they closed the picker. */
export async function pickFolder(title: string): Promise<string | null> {
  const chosen = await open({ directory: true, multiple: false, title });
  return typeof chosen === "string" ? chosen : null;
}

/** Where to save a JSON file, or null if the user closed the dialog. */
export async function pickJsonSaveTarget(title: string, defaultName: string): Promise<string | null> {
  return save({ title, defaultPath: defaultName, filters: [{ name: "JSON", extensions: ["json"] }] });
}
