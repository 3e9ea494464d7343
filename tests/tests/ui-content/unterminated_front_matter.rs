// Front matter that is never closed.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("unterminated_front_matter");

fn main() {
}
