// A title YAML reads as a number.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("title_not_text");

fn main() {
}
