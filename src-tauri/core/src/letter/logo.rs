//! The shop's logo: decoded from PNG or JPEG and sized to fit the letterhead's logo box.
//! The app checks a logo when it is set; decoding again here is the second line of
//! defence, so a damaged file gives a clean error instead of a broken letter.
use printpdf::RawImage;

use super::style::LOGO_BOX;
use crate::error::{AmendsError, Result};

pub(crate) struct Logo {
    pub image: RawImage,
    /// Printed size in points, inside the logo box, aspect ratio kept.
    pub width: f32,
    pub height: f32,
}

pub(crate) fn prepare(bytes: &[u8]) -> Result<Logo> {
    let invalid = |detail: String| AmendsError::LogoInvalid { detail };
    let mut warnings = Vec::new();
    let image = RawImage::decode_from_bytes(bytes, &mut warnings).map_err(invalid)?;
    if image.width == 0 || image.height == 0 {
        return Err(invalid("the image has no pixels".into()));
    }
    let (box_width, box_height) = LOGO_BOX;
    let (px_width, px_height) = (image.width as f32, image.height as f32);
    let scale = f32::min(box_width / px_width, box_height / px_height);
    Ok(Logo { width: px_width * scale, height: px_height * scale, image })
}
