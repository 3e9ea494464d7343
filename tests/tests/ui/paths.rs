use httpstatuses::http_status;

fn main() {
    let _ = http_status!(StatusCode::NoContent);
    let _ = http_status!(httpstatuses::StatusCode::NoContent);
    let _ = http_status!(CODE);
}

const CODE: u16 = 204;
