//! Shop profile, staff and categories.
use amends_core::case::{Category, CategoryInput, ShopProfile, ShopProfileInput, Staff, StaffInput};
use amends_core::{AppInfo, ErrorPayload};

use super::{with_desk, Desks};

#[tauri::command]
pub async fn app_info(state: Desks<'_>) -> Result<AppInfo, ErrorPayload> {
    let locale = sys_locale::get_locale();
    // TZ (an IANA name) overrides the system zone, as it does for every other program; the
    // core ignores a name it does not know and falls back to its own default.
    let zone = std::env::var("TZ")
        .ok()
        .map(|tz| tz.trim_start_matches(':').to_string())
        .filter(|tz| !tz.is_empty() && !tz.starts_with('/'))
        .or_else(|| iana_time_zone::get_timezone().ok());
    with_desk(state, move |d| d.app_info(locale.as_deref(), zone.as_deref())).await
}

#[tauri::command]
pub async fn save_shop_profile(state: Desks<'_>, input: ShopProfileInput) -> Result<ShopProfile, ErrorPayload> {
    with_desk(state, move |d| d.save_shop_profile(input)).await
}

#[tauri::command]
pub async fn set_shop_logo(state: Desks<'_>, bytes: Vec<u8>) -> Result<ShopProfile, ErrorPayload> {
    with_desk(state, move |d| d.set_shop_logo(bytes)).await
}

#[tauri::command]
pub async fn clear_shop_logo(state: Desks<'_>) -> Result<ShopProfile, ErrorPayload> {
    with_desk(state, |d| d.clear_shop_logo()).await
}

#[tauri::command]
pub async fn get_shop_logo(state: Desks<'_>) -> Result<Option<String>, ErrorPayload> {
    with_desk(state, |d| d.shop_logo()).await
}

#[tauri::command]
pub async fn list_staff(state: Desks<'_>, include_inactive: bool) -> Result<Vec<Staff>, ErrorPayload> {
    with_desk(state, move |d| d.list_staff(include_inactive)).await
}

#[tauri::command]
pub async fn create_staff(state: Desks<'_>, input: StaffInput) -> Result<Staff, ErrorPayload> {
    with_desk(state, move |d| d.create_staff(input)).await
}

#[tauri::command]
pub async fn update_staff(state: Desks<'_>, id: String, input: StaffInput) -> Result<Staff, ErrorPayload> {
    with_desk(state, move |d| d.update_staff(&id, input)).await
}

#[tauri::command]
pub async fn set_staff_active(state: Desks<'_>, id: String, active: bool) -> Result<Staff, ErrorPayload> {
    with_desk(state, move |d| d.set_staff_active(&id, active)).await
}

#[tauri::command]
pub async fn list_categories(state: Desks<'_>, include_archived: bool) -> Result<Vec<Category>, ErrorPayload> {
    with_desk(state, move |d| d.list_categories(include_archived)).await
}

#[tauri::command]
pub async fn create_category(state: Desks<'_>, input: CategoryInput) -> Result<Category, ErrorPayload> {
    with_desk(state, move |d| d.create_category(input)).await
}

#[tauri::command]
pub async fn rename_category(state: Desks<'_>, id: String, input: CategoryInput) -> Result<Category, ErrorPayload> {
    with_desk(state, move |d| d.rename_category(&id, input)).await
}

#[tauri::command]
pub async fn set_category_archived(state: Desks<'_>, id: String, archived: bool) -> Result<Category, ErrorPayload> {
    with_desk(state, move |d| d.set_category_archived(&id, archived)).await
}
