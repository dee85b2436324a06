//! `wgvae adapters`: every adapter, and the one wgvae picks.

use wgvae::gpu::{self, ADAPTER_NAME_VARIABLE, BACKEND_VARIABLE, Backend, Gpu};

use super::AdapterArgs;

pub fn run(args: &AdapterArgs) -> wgvae::Result<()> {
    let entries = gpu::list_adapters(&args.request())?;
    if entries.is_empty() {
        // Gpu::new explains how to get a software adapter.
        Gpu::new(&args.request())?;
    }
    println!("{:<3} {:<5} {:<8} {:<14} {:<40} driver", "", "index", "backend", "type", "name");
    for e in &entries {
        let i = &e.info;
        let driver = format!("{} {}", i.driver, i.driver_info);
        println!(
            "{:<3} {:<5} {:<8} {:<14} {:<40} {}",
            if e.picked { "*" } else { "" },
            e.index,
            format!("{:?}", i.backend),
            format!("{:?}", i.device_type),
            i.name,
            driver.trim()
        );
    }
    let request = args.request().with_environment()?;
    let name = request.name.as_deref().map(|n| format!(", name containing \"{n}\"")).unwrap_or_default();
    let asked = format!("backend {:?}{name}", request.backend);
    let mut from_environment = vec![];
    if args.backend == Backend::Auto && request.backend != Backend::Auto {
        from_environment.push(BACKEND_VARIABLE);
    }
    if args.adapter.is_none() && request.name.is_some() {
        from_environment.push(ADAPTER_NAME_VARIABLE);
    }
    let source = match from_environment.as_slice() {
        [] => String::new(),
        names => format!(" (from {})", names.join(" and ")),
    };
    match entries.iter().find(|e| e.picked) {
        Some(e) => println!("* = picked for {asked}{source}: {}", e.info.name),
        None => println!("no adapter matches {asked}{source}"),
    }
    Ok(())
}
