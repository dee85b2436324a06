//! `wgvae adapters`: every adapter, and the one wgvae picks.

use wgvae::gpu::{self, ADAPTER_NAME_VARIABLE, BACKEND_VARIABLE, Backend, Gpu};

use clap::Args;

use super::AdapterArgs;

#[derive(Args)]
pub struct AdaptersArgs {
    #[command(flatten)]
    adapter: AdapterArgs,
    /// Print one JSON object per adapter, a line each (index, backend, device_type, name,
    /// driver, picked), for scripts such as bench/gpu_check.sh.
    #[arg(long)]
    json: bool,
}

pub fn run(args: &AdaptersArgs) -> wgvae::Result<()> {
    let (json, args) = (args.json, &args.adapter);
    let entries = gpu::list_adapters(&args.request())?;
    if entries.is_empty() {
        // Gpu::new explains how to get a software adapter.
        Gpu::new(&args.request())?;
    }
    if json {
        for e in &entries {
            let i = &e.info;
            let row = serde_json::json!({
                "index": e.index,
                "backend": format!("{:?}", i.backend),
                "device_type": format!("{:?}", i.device_type),
                "name": i.name,
                "driver": format!("{} {}", i.driver, i.driver_info).trim(),
                "picked": e.picked,
            });
            println!("{row}");
        }
        return Ok(());
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
