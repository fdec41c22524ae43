//! The single-row shop profile and its logo.
use base64::Engine;
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use crate::case::shop::{LOGO_MAX_BYTES, LOGO_MAX_SIDE};
use crate::case::{ShopProfile, ShopProfileInput};
use crate::error::{AmendsError, FieldError, Result};
use crate::time::{rfc3339_utc, to_ms};

pub fn normalise(mut input: ShopProfileInput) -> ShopProfileInput {
    for field in [
        &mut input.shop_name, &mut input.legal_name, &mut input.address, &mut input.phone,
        &mut input.email, &mut input.owner_name, &mut input.owner_title, &mut input.time_zone,
    ] {
        *field = field.trim().to_string();
    }
    input.currency = input.currency.trim().to_ascii_uppercase();
    input
}

pub fn get(conn: &Connection) -> Result<Option<ShopProfile>> {
    Ok(conn
        .query_row(
            "SELECT shop_name, legal_name, address, phone, email, owner_name, owner_title,
                    language, currency, time_zone, ack_target_hours, logo IS NOT NULL, updated_at
             FROM shop_profile WHERE id = 1",
            [],
            |r| {
                Ok(ShopProfile {
                    fields: ShopProfileInput {
                        shop_name: r.get(0)?,
                        legal_name: r.get(1)?,
                        address: r.get(2)?,
                        phone: r.get(3)?,
                        email: r.get(4)?,
                        owner_name: r.get(5)?,
                        owner_title: r.get(6)?,
                        language: r.get(7)?,
                        currency: r.get(8)?,
                        time_zone: r.get(9)?,
                        ack_target_hours: r.get(10)?,
                    },
                    has_logo: r.get(11)?,
                    updated_at: rfc3339_utc(r.get(12)?),
                })
            },
        )
        .optional()?)
}

/// Saves the profile; the first save also seeds the starting categories.
pub fn save(conn: &mut Connection, input: &ShopProfileInput, now: DateTime<Utc>) -> Result<ShopProfile> {
    let tx = conn.transaction()?;
    let now = to_ms(now);
    tx.execute(
        "INSERT INTO shop_profile(id, shop_name, legal_name, address, phone, email, owner_name,
                owner_title, language, currency, time_zone, ack_target_hours, created_at, updated_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)
         ON CONFLICT(id) DO UPDATE SET shop_name = excluded.shop_name,
                legal_name = excluded.legal_name, address = excluded.address,
                phone = excluded.phone, email = excluded.email, owner_name = excluded.owner_name,
                owner_title = excluded.owner_title, language = excluded.language,
                currency = excluded.currency, time_zone = excluded.time_zone,
                ack_target_hours = excluded.ack_target_hours, updated_at = excluded.updated_at",
        params![
            input.shop_name, input.legal_name, input.address, input.phone, input.email,
            input.owner_name, input.owner_title, input.language, input.currency,
            input.time_zone, input.ack_target_hours, now
        ],
    )?;
    super::categories::seed_starting(&tx, now)?;
    tx.commit()?;
    get(conn)?.ok_or(AmendsError::ShopNotSetUp)
}

/// PNG or JPEG, at most 2 MiB and 4000 px a side; returns its MIME type.
pub fn check_logo(bytes: &[u8]) -> Result<&'static str> {
    let refuse = |code: &str, limit: Option<i64>| {
        let error = match limit {
            Some(limit) => FieldError::with_limit("logo", code, limit),
            None => FieldError::new("logo", code),
        };
        AmendsError::Invalid(vec![error])
    };
    if bytes.len() > LOGO_MAX_BYTES {
        return Err(refuse("logo_too_large", Some(LOGO_MAX_BYTES as i64)));
    }
    let mime = match imagesize::image_type(bytes) {
        Ok(imagesize::ImageType::Png) => "image/png",
        Ok(imagesize::ImageType::Jpeg) => "image/jpeg",
        _ => return Err(refuse("logo_unsupported", None)),
    };
    match imagesize::blob_size(bytes) {
        Ok(size) if size.width == 0 || size.height == 0 => Err(refuse("logo_broken", None)),
        Ok(size) if size.width > LOGO_MAX_SIDE || size.height > LOGO_MAX_SIDE => {
            Err(refuse("logo_too_big_pixels", Some(LOGO_MAX_SIDE as i64)))
        }
        Ok(_) => Ok(mime),
        Err(_) => Err(refuse("logo_broken", None)),
    }
}

pub fn set_logo(conn: &Connection, logo: Option<(&[u8], &str)>, now: DateTime<Utc>) -> Result<ShopProfile> {
    let (bytes, mime) = match logo {
        Some((bytes, mime)) => (Some(bytes), Some(mime)),
        None => (None, None),
    };
    let changed = conn.execute(
        "UPDATE shop_profile SET logo = ?1, logo_mime = ?2, updated_at = ?3 WHERE id = 1",
        params![bytes, mime, to_ms(now)],
    )?;
    if changed == 0 {
        return Err(AmendsError::ShopNotSetUp);
    }
    get(conn)?.ok_or(AmendsError::ShopNotSetUp)
}

pub fn logo_data_url(conn: &Connection) -> Result<Option<String>> {
    let row: Option<(Option<Vec<u8>>, Option<String>)> = conn
        .query_row("SELECT logo, logo_mime FROM shop_profile WHERE id = 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(match row {
        Some((Some(bytes), Some(mime))) => {
            Some(format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes)))
        }
        _ => None,
    })
}
