use httpstatuses::http_status;

fn main() {
    let _ = http_status!();
    let _ = http_status!(200, 204);
}
